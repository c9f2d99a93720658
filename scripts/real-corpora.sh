# Sourced by the scripts that read both real corpora (score-real.sh, eval-loso.sh, train-reader.sh): sets root (the
# repository), first (the first corpus, default ../shared/corpora/real-minutes, its gold in testdata/real-gold) and
# second (the second, default ../shared/corpora/real-minutes-2, its gold in its gold/ folder), taking them from the
# caller's leading arguments that are not options, which it shifts away.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
first="$root/../shared/corpora/real-minutes"
second="$root/../shared/corpora/real-minutes-2"
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then first="$1"; shift; fi
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then second="$1"; shift; fi
