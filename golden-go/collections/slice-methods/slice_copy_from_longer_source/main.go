package main

import "fmt"

func main() {
	small := []string{"-", "-"}
	n := copy(small, []string{"a", "b", "c"})
	fmt.Println(n, small, len(small))
}
