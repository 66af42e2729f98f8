package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Storage interface {
	Describe() string
}

type Memory struct {
	mb int
}

func (v Memory) String() string {
	return "Memory { mb: " + lisette.FormatValue(v.mb) + " }"
}

type Disk struct {
	path string
}

func (v Disk) String() string {
	return "Disk { path: " + lisette.FormatValue(v.path) + " }"
}

func (self Memory) Describe() string {
	return fmt.Sprintf("memory (%v MB)", self.mb)
}

func (self Disk) Describe() string {
	return fmt.Sprintf("disk at %v", self.path)
}

func open(persistent bool) Storage {
	if persistent {
		return Disk{path: "/var/db"}
	} else {
		return Memory{mb: 64}
	}
}

func main() {
	fmt.Println(open(true).Describe())
	fmt.Println(open(false).Describe())
	var chosen Storage
	if 2 > 3 {
		chosen = Disk{path: "/tmp"}
	} else {
		chosen = Memory{mb: 8}
	}
	fmt.Println(chosen.Describe())
	var spare Memory
	if 2 > 3 {
		spare = Memory{mb: 16}
	} else {
		spare = Memory{mb: 32}
	}
	fmt.Println(spare.mb)
}
