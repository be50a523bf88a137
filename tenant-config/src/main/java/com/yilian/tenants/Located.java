package com.yilian.tenants;

/** A value together with the field path it was read from, so checks made later can point back at it. */
record Located<T>(String path, T value) {
}
