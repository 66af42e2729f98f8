package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type UserId int

func (v UserId) String() string {
	return "UserId(" + lisette.FormatValue(int(v)) + ")"
}

func next_id(id UserId) UserId {
	raw := int(id)
	return UserId((raw + 1))
}

func main() {
	n := 41
	id := UserId(n)
	next := next_id(id)
	fmt.Println(id, next, int(next)*2)
}
