package main

import "fmt"

func main() {
	code := 65
	enabled := true
	text := fmt.Sprintf("%d", code)
	letter := fmt.Sprintf("%c", rune(code))
	var flag int
	if enabled {
		flag = 1
	} else {
		flag = 0
	}
	fmt.Println(text+"!", letter, flag)
}
