//! herd7-style reports (filled in next).
