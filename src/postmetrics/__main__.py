from postmetrics.cli import main

main()
