package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func parse_line(line string) lisette.Option[lisette.Tuple2[string, string]] {
	subject := strings.Split(line, "=")
	if len(subject) != 2 {
		return lisette.MakeOptionNone[lisette.Tuple2[string, string]]()
	}
	key := subject[0]
	value := subject[1]
	if key == "" {
		return lisette.MakeOptionNone[lisette.Tuple2[string, string]]()
	}
	return lisette.MakeOptionSome[lisette.Tuple2[string, string]](lisette.Tuple2[string, string]{First: key, Second: value})
}

func main() {
	lines := []string{"host=example.org", "port=8080", "broken", "a=b=c", "=x"}
	for _, l := range lines {
		subject2 := parse_line(l)
		if subject2.Tag == lisette.OptionSome {
			k := subject2.SomeVal.First
			v := subject2.SomeVal.Second
			fmt.Printf("%v -> %v\n", k, v)
		} else {
			fmt.Printf("skip %v\n", l)
		}
	}
}
