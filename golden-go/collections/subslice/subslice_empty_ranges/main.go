package main

import "fmt"

func main() {
	items := []int{3, 4, 5}
	none := items[1:1:1]
	tail := items[3:len(items):len(items)]
	fmt.Println(none, len(none), tail, len(tail) == 0)
}
