package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	entry := lisette.Tuple2[int, string]{First: 42, Second: "answer"}
	fmt.Println(entry)
	fmt.Println(entry.First+1, entry.Second)
}
