package main

import "fmt"

func main() {
	percent := 42
	mount := "disk"
	ratio := 3.14159
	fmt.Printf("%d%% done, %s has %5.2f (%x) %t %c %q %v\n", percent, mount, ratio, 255, true, 'A', "hi", 1e6)
}
