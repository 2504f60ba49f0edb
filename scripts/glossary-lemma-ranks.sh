#!/bin/sh
# Prints rank, count, lemma and word classes of the corpus's content lemmas (see
# scripts/GlossaryLemmaRanks.java). Usage, from the repository root:
#   scripts/glossary-lemma-ranks.sh [CORPUS_DIR]   (default ../shared/corpus)
#   scripts/glossary-lemma-ranks.sh --unknown [CORPUS_DIR]   (words the dictionary lacks)
M=${MAVEN_REPO:-$HOME/.m2/repository}
CP=$M/org/carrot2/morfologik-stemming/2.1.9/morfologik-stemming-2.1.9.jar
CP=$CP:$M/org/carrot2/morfologik-fsa/2.1.9/morfologik-fsa-2.1.9.jar
CP=$CP:$M/com/carrotsearch/hppc/0.8.2/hppc-0.8.2.jar
CP=$CP:$M/org/languagetool/language-sv/6.5/language-sv-6.5.jar
CP=$CP:$M/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar
CP=$CP:$M/org/apache/lucene/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar
exec java -cp "$CP" "$(dirname "$0")/GlossaryLemmaRanks.java" "$@"
