// Entry point; all behaviour lives in BanTinCLI so tests can drive it.
