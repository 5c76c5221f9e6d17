// Entry point; all behaviour lives in BanTinCLI so tests can drive it.
import BanTinCLI
import Foundation

exit(BanTin.main(arguments: Array(CommandLine.arguments.dropFirst())))
