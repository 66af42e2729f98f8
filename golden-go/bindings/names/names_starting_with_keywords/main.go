package main

import "fmt"

func format_type(type_id int) string {
	if type_id == 1 {
		return "admin"
	} else {
		return "guest"
	}
}

func main() {
	loop_count := 3
	index := 2
	asset := 7
	matches := 4
	letter := 'x'
	fn_calls := loop_count + index + asset + matches
	mutable := true
	iffy := false
	returned := format_type(1)
	fmt.Println(fn_calls, letter, mutable, iffy, returned)
}
