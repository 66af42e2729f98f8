package main

import "fmt"

func square(n int) int {
	return n * n
}

func shout(word string) string {
	return word + "!"
}

func main() {
	n := 7
	fmt.Printf("%v squared is %v, plus one is %v\n", n, square(n), square(n)+1)
	fmt.Printf("%v %v %v\n", shout("hey"), n > 5, float64(n)/2.0)
	fmt.Printf("nested: [%v]\n", fmt.Sprintf("<%v>", n*2))
}
