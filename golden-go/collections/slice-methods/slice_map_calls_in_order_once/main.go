package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ids := []int{30, 10, 20}
	names := lisette.SliceMap(ids, func(id int) string {
		fmt.Printf("lookup %v\n", id)
		return fmt.Sprintf("user%v", id)
	})
	fmt.Println(names)
}
