// A TCP listener on 127.0.0.1 that counts the connections made to it: the proof that reading a hostile file made
// no network request. Header only: the suites that use it link Qt Network (the programs never do).
#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace frontline::test {

class LoopbackListener {
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    // The connections made since the last call. A connection the kernel completed waits in the backlog until it is
    // accepted, so one made by a process that has ended is counted too.
    int takeConnections()
    {
        int count = 0;
        while (m_server.waitForNewConnection(200) || m_server.hasPendingConnections()) {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++count;
                socket->abort();
                delete socket;
            }
        }
        return count;
    }

private:
    QTcpServer m_server;
};

} // namespace frontline::test
