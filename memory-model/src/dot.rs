//! Graphviz rendering of executions (filled in next).
