package main

import (
	"fmt"
	"golden/projects/fields/compound_assign_pub_field/stats"
)

func main() {
	h := stats.Hits{Ok: 0, Failed: 0}
	codes := []int{200, 404, 200, 500, 200}
	for _, c := range codes {
		if c < 400 {
			h.Ok += 1
		} else {
			h.Failed += 1
		}
	}
	fmt.Println(h)
}
