import HedgeReportCLI

HedgeReportCommand.main()
