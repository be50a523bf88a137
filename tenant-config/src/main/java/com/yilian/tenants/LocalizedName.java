package com.yilian.tenants;

/** A name in Chinese (shown first) and English. */
public record LocalizedName(String zh, String en) {
}
