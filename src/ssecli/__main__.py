from ssecli.cli import main

main()
