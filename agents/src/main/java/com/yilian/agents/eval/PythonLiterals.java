package com.yilian.agents.eval;

import java.util.ArrayList;
import java.util.List;

/** Reads the Python list literals of DDXPlus files: quoted strings and numbers, nesting ignored. */
final class PythonLiterals {

    private PythonLiterals() {}

    /** The string and number tokens of a literal such as {@code [['Pneumonia', 0.1], ['URTI', 0.05]]}, in order. */
    static List<Object> tokens(String s) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        String t = s.trim();
        if (!t.startsWith("[") || !t.endsWith("]")) throw new IllegalArgumentException("not a list: " + abbreviate(t));
        while (i < t.length()) {
            char ch = t.charAt(i);
            if (ch == '\'' || ch == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (j < t.length() && t.charAt(j) != ch) {
                    if (t.charAt(j) == '\\' && j + 1 < t.length()) j++;
                    b.append(t.charAt(j++));
                }
                if (j >= t.length()) throw new IllegalArgumentException("unterminated string in " + abbreviate(t));
                out.add(b.toString());
                i = j + 1;
            } else if (Character.isDigit(ch) || ch == '-' || ch == '.') {
                int j = i;
                while (j < t.length() && "0123456789.-+eE".indexOf(t.charAt(j)) >= 0) j++;
                out.add(Double.parseDouble(t.substring(i, j)));
                i = j;
            } else if ("[], ".indexOf(ch) >= 0) {
                i++;
            } else {
                throw new IllegalArgumentException("unexpected '" + ch + "' in " + abbreviate(t));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
