package main

import "fmt"

func main() {
	largest := 9223372036854775807
	smallest := -9223372036854775808
	var unsigned_largest uint = 18446744073709551615
	fmt.Println(largest, smallest, unsigned_largest)
	fmt.Println(largest+1 == smallest, unsigned_largest+1)
}
