//! Work in progress: nothing of this family is installed yet.

/// Installs nothing yet.
pub fn init(_interp: &mut crate::interp::Interp<'_>) {}
