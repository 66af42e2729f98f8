package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type DiskFull struct {
	device string
}

func (v DiskFull) String() string {
	return "DiskFull { device: " + lisette.FormatValue(v.device) + " }"
}

func (self DiskFull) Error() string {
	return fmt.Sprintf("%v is full", self.device)
}

type Offline struct{}

func (v Offline) String() string {
	return "Offline {}"
}

func (self Offline) Error() string {
	return "network offline"
}

func main() {
	problems := []error{DiskFull{device: "sda"}, Offline{}}
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Println(len(problems))
}
