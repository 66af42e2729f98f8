package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.SplitSeq("a,b,c,d", ",")
	seen := []string{}
	parts(func(p string) bool {
		seen = append(seen, p)
		return p != "c"
	})
	fmt.Println(seen)
	n := 0
	strings.Lines("one\ntwo\nthree")(func(line string) bool {
		n += 1
		fmt.Printf("%d %q\n", n, line)
		return true
	})
}
