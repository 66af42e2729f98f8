package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Timeout struct {
	secs int
}

func (v Timeout) String() string {
	return "Timeout { secs: " + lisette.FormatValue(v.secs) + " }"
}

func (self Timeout) Error() string {
	return fmt.Sprintf("timed out after %vs", self.secs)
}

type FaultTag int

const (
	FaultDisk FaultTag = iota
	FaultNet
)

type Fault struct {
	Tag FaultTag
	Net int
}

func (v Fault) String() string {
	switch v.Tag {
	case FaultDisk:
		return "Fault.Disk"
	}
	return "Fault.Net(" + lisette.FormatValue(v.Net) + ")"
}

func (self Fault) Error() string {
	if self.Tag == FaultDisk {
		return "disk failure"
	}
	code := self.Net
	return fmt.Sprintf("network error %v", code)
}

func main() {
	t := Timeout{secs: 3}
	fmt.Println(t)
	var e error = t
	fmt.Println(e)
	fmt.Printf("got: %v\n", e)
	fmt.Println(Fault{Tag: FaultNet, Net: 7})
	errs := []error{Fault{Tag: FaultDisk}, Timeout{secs: 9}}
	fmt.Println(errs)
}
