package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-patherr-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	path := filepath.Join(dir, "gone.txt")
	subject2 := lisette.ResultOf(os.ReadFile(path))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("read?")
	} else {
		e := subject2.ErrVal
		subject3 := lisette.AssertType[*fs.PathError](e)
		if subject3.Tag == lisette.OptionSome {
			pe := subject3.SomeVal
			fmt.Println("op:", pe.Op)
			fmt.Println("base:", filepath.Base(pe.Path))
			fmt.Println("in temp dir:", strings.HasPrefix(pe.Path, dir))
			if lisette.OptionNilable(pe.Err).Tag == lisette.OptionSome {
				inner := lisette.OptionNilable(pe.Err).SomeVal
				fmt.Println("cause:", inner)
			} else {
				fmt.Println("no cause")
			}
		} else {
			fmt.Println("not a path error")
		}
	}
	_ = os.RemoveAll(dir)
}
