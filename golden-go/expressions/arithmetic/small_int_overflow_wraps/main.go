package main

import "fmt"

func main() {
	var level int8 = 127
	level += 1
	var temperature int16 = 32767
	var population int32 = 2000000000
	fmt.Println(level, temperature+1, population*2, -level)
}
