package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	stops := []string{"depot", "market", "harbour"}
	numbered := lisette.EnumeratedSliceMap(lisette.SliceEnumerate(stops), func(arg lisette.Tuple2[int, string]) string {
		i := arg.First
		name := arg.Second
		return fmt.Sprintf("%v. %v", i+1, name)
	})
	for _, line := range numbered {
		fmt.Println(line)
	}
}
