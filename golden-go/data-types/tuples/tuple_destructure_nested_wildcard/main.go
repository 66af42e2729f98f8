package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	record := lisette.Tuple3[lisette.Tuple2[string, int], string, bool]{First: lisette.Tuple2[string, int]{First: "Ana", Second: 31}, Second: "Porto", Third: true}
	name := record.First.First
	city := record.Second
	fmt.Println(name, city)
	age := 7
	fmt.Println(age)
}
