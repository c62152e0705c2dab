// postmortem-lint CLI entry point (implemented in a follow-up commit).
process.exitCode = 0;
