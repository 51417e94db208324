import sys

from cablegram.cli import main

sys.exit(main())
