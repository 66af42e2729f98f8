package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	stock := map[string]int{}
	stock["bolts"] = 0
	fmt.Println(stock["bolts"], stock["nuts"])
	fmt.Println(lisette.MapGet(stock, "bolts"), lisette.MapGet(stock, "nuts"))
}
