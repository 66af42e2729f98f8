package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-ct-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	subject2 := lisette.ResultOfPtr(os.CreateTemp(dir, "report-*.csv"))
	if subject2.Tag == lisette.ResultOk {
		f := subject2.OkVal
		base := filepath.Base(f.Name())
		fmt.Println("prefix ok:", strings.HasPrefix(base, "report-"), "suffix ok:", strings.HasSuffix(base, ".csv"))
		fmt.Println("in dir:", filepath.Dir(f.Name()) == dir)
		subject3 := lisette.PartialOf(f.WriteString("id,total\n1,9.5\n"))
		switch subject3.Tag {
		case lisette.PartialOk:
			n := subject3.OkVal
			fmt.Println("wrote", n)
		case lisette.PartialBoth:
			e := subject3.ErrVal
			fmt.Println(e)
		case lisette.PartialErr:
			e := subject3.ErrVal
			fmt.Println(e)
		}
		subject4 := lisette.ResultOf(f.Stat())
		if subject4.Tag == lisette.ResultOk {
			info := subject4.OkVal
			fmt.Println("size:", info.Size())
		} else {
			e := subject4.ErrVal
			fmt.Println(e)
		}
		_ = f.Close()
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	_ = os.RemoveAll(dir)
}
