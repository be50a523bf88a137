package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

import java.util.List;

/**
 * The diagnosis matrix (鉴别诊断矩阵): candidates from most to least likely with their evidence, the red flags and
 * the next decision step. Decision support for the clinician, who confirms or rejects it.
 */
public record DiagnosisMatrix(String knowledgeBaseVersion, List<MatrixRow> rows, List<RedFlagAlert> redFlags,
                              NextStep nextStep, Text notice) {

    public static final Text NOTICE = new Text("本结果为辅助决策建议，须经医生审核确认，不构成诊断或处方。",
            "Decision support for the clinician to review; not a diagnosis or a prescription.");

    public DiagnosisMatrix {
        rows = List.copyOf(rows);
        redFlags = List.copyOf(redFlags);
    }
}
