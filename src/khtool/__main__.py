from khtool.cli import main

main()
