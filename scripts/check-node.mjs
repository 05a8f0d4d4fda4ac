// Plain JavaScript on purpose: it must run, and explain itself, on any old Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12 but found ${process.version}. Run \`npm install\` (it installs the pinned node@22 that every npm script uses), or switch with \`nvm use\`.`,
  );
  process.exit(1);
}
