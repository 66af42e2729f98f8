package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	sessions := map[string]int{}
	sessions["u1"] = 120
	sessions["u2"] = 5
	sessions["tmp-a"] = 300
	sessions["u3"] = 0
	maps.DeleteFunc(sessions, func(k string, idle int) bool {
		return strings.HasPrefix(k, "tmp-") || idle == 0
	})
	fmt.Println(sessions, len(sessions))
	sq := maps.EqualFunc(sessions, sessions, func(a, b int) bool {
		return a == b
	})
	fmt.Println(sq)
}
