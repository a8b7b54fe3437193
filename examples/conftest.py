import sys
from pathlib import Path

# The example's application module lives next to this file.
sys.path.insert(0, str(Path(__file__).parent))
