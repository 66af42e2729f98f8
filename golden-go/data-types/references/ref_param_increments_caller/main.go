package main

import "fmt"

func bump(counter *int, by int) {
	*counter += by
}

func main() {
	visits := 0
	bump(&visits, 3)
	bump(&visits, 4)
	visits += 1
	fmt.Println(visits)
}
