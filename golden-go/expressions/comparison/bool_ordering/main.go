package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	no := false
	yes := true
	fmt.Println(lisette.CompareBools(no, yes) < 0, lisette.CompareBools(yes, no) < 0, lisette.CompareBools(yes, no) > 0, lisette.CompareBools(no, no) <= 0, lisette.CompareBools(yes, no) >= 0, lisette.CompareBools(no, yes) >= 0)
}
