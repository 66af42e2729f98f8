package main

import (
	"bufio"
	"cmp"
	"fmt"
	lisette "lisette.dev/prelude"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type Entry struct {
	word  string
	count int
}

func (v Entry) String() string {
	return "Entry { word: " + lisette.FormatValue(v.word) + ", count: " + lisette.FormatValue(v.count) + " }"
}

func normalise(raw string) string {
	return strings.ToLower(strings.TrimFunc(raw, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}))
}

func count_words(text string) lisette.Result[map[string]int, error] {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(func(p0 []byte, p1 bool) (int, []byte, error) {
		return lisette.ResultToGo2((func(p0 []byte, p1 bool) lisette.Result[lisette.Tuple2[int, []byte], error] {
			return lisette.ResultOf2(bufio.ScanWords(p0, p1))
		})(p0, p1))
	})
	counts := map[string]int{}
	for sc.Scan() {
		w := normalise(sc.Text())
		if !(len(w) == 0) {
			counts[w] = counts[w] + 1
		}
	}
	res := lisette.ResultOfErr(sc.Err())
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[map[string]int, error](res.ErrVal)
	}
	return lisette.MakeResultOk[map[string]int, error](counts)
}

func top(counts map[string]int, n int) []Entry {
	words := slices.Collect(maps.Keys(counts))
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(counts[b]-counts[a], strings.Compare(a, b))
	})
	out := []Entry{}
	for _, w := range words {
		if len(out) == n {
			break
		}
		out = append(out, Entry{word: w, count: counts[w]})
	}
	return out
}

func main() {
	text := "The cat sat on the mat. The mat was flat;\n" + "the cat, the CAT! Who's there? Who's a cat...\n" + "  -- 42 --  "
	subject := count_words(text)
	if subject.Tag == lisette.ResultOk {
		counts := subject.OkVal
		fmt.Println("distinct:", len(counts))
		for _, e := range top(counts, 5) {
			fmt.Printf("%-6s %d\n", e.word, e.count)
		}
		fmt.Println(lisette.MapGet(counts, "42").IsNone(), counts["who's"])
	} else {
		e := subject.ErrVal
		fmt.Println("scan failed:", e)
	}
}
