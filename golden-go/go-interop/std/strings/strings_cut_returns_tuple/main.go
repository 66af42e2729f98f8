package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func parse_pair(line string) lisette.Option[lisette.Tuple2[string, string]] {
	subject := lisette.MakeTuple3(strings.Cut(line, "="))
	key := subject.First
	value := subject.Second
	found := subject.Third
	if !found {
		return lisette.MakeOptionNone[lisette.Tuple2[string, string]]()
	}
	return lisette.MakeOptionSome[lisette.Tuple2[string, string]](lisette.Tuple2[string, string]{First: strings.TrimSpace(key), Second: strings.TrimSpace(value)})
}

func main() {
	for _, line := range []string{"host = example.org", "port=8080", "debug", "path = /a=b"} {
		subject2 := parse_pair(line)
		if subject2.Tag == lisette.OptionSome {
			k := subject2.SomeVal.First
			v := subject2.SomeVal.Second
			fmt.Printf("%v -> %v\n", k, v)
		} else {
			fmt.Printf("no separator in %v\n", line)
		}
	}
	subject3 := lisette.MakeTuple2(strings.CutPrefix("v1.2.3", "v"))
	rest := subject3.First
	ok := subject3.Second
	fmt.Println(rest, ok)
	subject4 := lisette.MakeTuple2(strings.CutSuffix("report.csv", ".txt"))
	stem := subject4.First
	had := subject4.Second
	fmt.Println(stem, had)
	whole := lisette.MakeTuple3(strings.Cut("no-sep", ":"))
	fmt.Println(whole.First, len(whole.Second) == 0, whole.Third)
}
