package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	responses := []lisette.Tuple2[int, string]{lisette.Tuple2[int, string]{First: 200, Second: "welcome"}, lisette.Tuple2[int, string]{First: 404, Second: "missing"}, lisette.Tuple2[int, string]{First: 200, Second: "hello again"}}
	ok := 0
	for _, r := range responses {
		if r.First == 200 {
			body := r.Second
			ok += 1
			fmt.Println("body:", body)
		}
	}
	fmt.Println(ok, "successful")
}
