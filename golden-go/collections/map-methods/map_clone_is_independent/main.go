package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	live := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}})
	backup := lisette.MapClone(live)
	live["b"] = 2
	delete(backup, "a")
	fmt.Println(live, backup)
}
