package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	names := []string{"ann", "bob"}
	lines := lisette.EnumeratedSliceMap(lisette.SliceEnumerate(names), func(arg lisette.Tuple2[int, string]) string {
		i := arg.First
		n := arg.Second
		return fmt.Sprintf("%v) %v", i+1, n)
	})
	fmt.Println(strings.Join(lines, "; "))
}
