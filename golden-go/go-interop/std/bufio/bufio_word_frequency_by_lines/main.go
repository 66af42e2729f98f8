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

type Stats struct {
	counts        map[string]int
	lines         int
	busiest_line  int
	busiest_words int
}

func (v Stats) String() string {
	return "Stats { counts: " + lisette.FormatValue(v.counts) + ", lines: " + lisette.FormatValue(v.lines) + ", busiest_line: " + lisette.FormatValue(v.busiest_line) + ", busiest_words: " + lisette.FormatValue(v.busiest_words) + " }"
}

func is_separator(r rune) bool {
	return !unicode.IsLetter(r) && r != '\''
}

func scan(text string) lisette.Result[Stats, error] {
	sc := bufio.NewScanner(strings.NewReader(text))
	st := Stats{counts: map[string]int{}, lines: 0, busiest_line: 0, busiest_words: 0}
	for sc.Scan() {
		st.lines += 1
		words := strings.FieldsFunc(sc.Text(), is_separator)
		if len(words) > st.busiest_words {
			st.busiest_words = len(words)
			st.busiest_line = st.lines
		}
		for _, w := range words {
			key := strings.ToLower(w)
			st.counts[key] = st.counts[key] + 1
		}
	}
	res := lisette.ResultOfErr(sc.Err())
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Stats, error](res.ErrVal)
	}
	return lisette.MakeResultOk[Stats, error](st)
}

func main() {
	text := "The cat sat on the mat. The mat was flat;\n" + "the cat, the CAT! Who's there? Who's a cat...\n" + "  -- 42 --  "
	subject := scan(text)
	if subject.Tag == lisette.ResultOk {
		st := subject.OkVal
		words := slices.Collect(maps.Keys(st.counts))
		slices.SortFunc(words, func(a, b string) int {
			return cmp.Or(st.counts[b]-st.counts[a], strings.Compare(a, b))
		})
		fmt.Println("lines:", st.lines, "distinct:", len(words))
		for _, w := range words[0:5:5] {
			fmt.Printf("%-6s %d\n", w, st.counts[w])
		}
		fmt.Println("busiest line:", st.busiest_line, "with", st.busiest_words, "words")
	} else {
		e := subject.ErrVal
		fmt.Println("scan failed:", e)
	}
}
