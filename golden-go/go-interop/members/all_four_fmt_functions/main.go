package main

import "fmt"

func main() {
	name := fmt.Sprintf("%s#%d", "user", 7)
	fmt.Print("name: ", name, "\n")
	fmt.Printf("%s has %d letters\n", name, 6)
	fmt.Println("done", name)
}
