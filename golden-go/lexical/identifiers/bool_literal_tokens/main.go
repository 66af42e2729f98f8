package main

import "fmt"

func main() {
	sunny := true
	windy := false
	pleasant := sunny && !windy
	fmt.Println(sunny, windy, pleasant, true == sunny)
}
